import { mount } from './shared/mount';
import { Shell } from './shell/Shell';

void mount((context) => <Shell context={context} />);
