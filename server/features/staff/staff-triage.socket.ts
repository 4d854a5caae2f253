import { route, type FeatureRoutes } from '../../socket/routes.js';
import {
  StaffAssignSchema,
  StaffComposingSchema,
  StaffSetPrioritySchema,
  StaffSetStatusSchema,
  StaffSetTagsSchema,
} from '../../../shared/desk-triage.js';
import { staffAssign } from './staff-assign.js';
import { setComposing } from './staff-collision.js';
import type { StaffDesk } from './staff-desk.js';
import { setDeskStatus, setPriority, setTags } from './staff-triage.js';

/** The desk's triage: assignment, status, tags, priority, and drafting (collision signs). Staff only. */
export const staffTriageHandlers = (desk: StaffDesk): FeatureRoutes => ({
  routes: [
    route('staff:assign', {
      schema: StaffAssignSchema,
      access: 'staff',
      run: (input, { session }) => staffAssign(desk, session, input),
    }),
    route('staff:set-status', {
      schema: StaffSetStatusSchema,
      access: 'staff',
      run: (input, { session }) => setDeskStatus(desk, session, input),
    }),
    route('staff:set-tags', {
      schema: StaffSetTagsSchema,
      access: 'staff',
      run: (input, { session }) => setTags(desk, session, input),
    }),
    route('staff:set-priority', {
      schema: StaffSetPrioritySchema,
      access: 'staff',
      run: (input, { session }) => setPriority(desk, session, input),
    }),
    route('staff:composing', {
      schema: StaffComposingSchema,
      access: 'staff',
      run: ({ chatId, typing }, { socket }) => {
        setComposing(desk, socket.id, chatId, typing);
        return null;
      },
    }),
  ],
});
