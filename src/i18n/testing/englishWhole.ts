import { installLanguage } from '../catalog';
import { en } from '../messages/en';

// Unit tests read English whole, as Node's scripts do (scripts/languagePack.ts).
installLanguage('en', { messages: en, names: {} });
