import { enRegister } from './en-register';
import { registerEnglish } from './index';

/**
 * The complaint register's English strings, added when the complaint panel's, the register
 * page's or the admin page's code loads (each imports this first).
 */
registerEnglish(enRegister);
