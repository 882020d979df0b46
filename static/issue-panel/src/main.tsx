import { mount } from '../../shared/mount';
import { App } from './App';

void mount(<App />);
