import directRoute from './direct-route';

export default { 'direct-route': directRoute };
