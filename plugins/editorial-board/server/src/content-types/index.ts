import eventSchema from './event/schema.json';
import workflowSchema from './workflow/schema.json';

export default {
  workflow: { schema: workflowSchema },
  event: { schema: eventSchema },
};
