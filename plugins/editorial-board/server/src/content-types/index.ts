import changeSchema from './change/schema.json';
import eventSchema from './event/schema.json';
import workflowSchema from './workflow/schema.json';

export default {
  workflow: { schema: workflowSchema },
  event: { schema: eventSchema },
  change: { schema: changeSchema },
};
