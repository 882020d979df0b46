import { enPortfolio } from './en-portfolio';
import { registerEnglish } from './index';

/** The portfolio surfaces' English strings, added when their code loads, so other frames never download them. */
registerEnglish(enPortfolio);
