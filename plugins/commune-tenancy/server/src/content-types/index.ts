import communeSchema from './commune/schema.json';
import membershipSchema from './membership/schema.json';

export default {
  commune: { schema: communeSchema },
  membership: { schema: membershipSchema },
};
