import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
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
export const staffTriageHandlers =
  (desk: StaffDesk): RegisterHandlers =>
  (socket, limiter) => {
    const { ctx } = desk;
    handle(ctx, limiter, socket, 'staff:assign', {
      schema: StaffAssignSchema,
      access: 'staff',
      run: (input, { session }) => staffAssign(desk, session, input),
    });
    handle(ctx, limiter, socket, 'staff:set-status', {
      schema: StaffSetStatusSchema,
      access: 'staff',
      run: (input, { session }) => setDeskStatus(desk, session, input),
    });
    handle(ctx, limiter, socket, 'staff:set-tags', {
      schema: StaffSetTagsSchema,
      access: 'staff',
      run: (input, { session }) => setTags(desk, session, input),
    });
    handle(ctx, limiter, socket, 'staff:set-priority', {
      schema: StaffSetPrioritySchema,
      access: 'staff',
      run: (input, { session }) => setPriority(desk, session, input),
    });
    handle(ctx, limiter, socket, 'staff:composing', {
      schema: StaffComposingSchema,
      access: 'staff',
      run: ({ chatId, typing }) => {
        setComposing(desk, socket.id, chatId, typing);
        return null;
      },
    });
  };
