import communeSchema from './commune/schema.json';

export default {
  commune: { schema: communeSchema },
};
