import board from './board';
import changes from './changes';
import preview from './preview';
import reports from './reports';

export default { board, changes, preview, reports };
