import versions from './versions';

export default { versions };
