import board from './board';
import reports from './reports';

export default { board, reports };
