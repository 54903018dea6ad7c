import engine from './engine';
import indexer from './indexer';

export default { engine, indexer };
