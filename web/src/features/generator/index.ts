export { GeneratorPage } from './GeneratorPage';
