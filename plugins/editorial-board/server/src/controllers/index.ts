import board from './board';
import changes from './changes';
import reports from './reports';

export default { board, changes, reports };
