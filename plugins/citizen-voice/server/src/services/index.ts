import inbox from './inbox';
import publicForms from './public-forms';

export default { publicForms, inbox };
