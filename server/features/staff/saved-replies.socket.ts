import { route, type FeatureRoutes } from '../../socket/routes.js';
import { SavedReplyFillSchema, SavedReplyRefSchema, SavedReplySaveSchema } from '../../../shared/saved-replies.js';
import { StaffEmptySchema } from '../../../shared/staff.js';
import { deleteSavedReplyOf, fillSavedReplyFor, savedRepliesList, saveSavedReply } from './saved-replies.js';
import type { StaffDesk } from './staff-desk.js';

/** The team's saved replies: list, save, delete, fill in for a conversation. Staff only. */
export const savedReplyHandlers = (desk: StaffDesk): FeatureRoutes => ({
  routes: [
    route('staff:saved-replies', {
      schema: StaffEmptySchema,
      access: 'staff',
      run: () => savedRepliesList(desk),
    }),
    route('staff:saved-reply-save', {
      schema: SavedReplySaveSchema,
      access: 'staff',
      run: (input, { session }) => saveSavedReply(desk, session, input),
    }),
    route('staff:saved-reply-delete', {
      schema: SavedReplyRefSchema,
      access: 'staff',
      run: ({ id }, { session }) => deleteSavedReplyOf(desk, session, id),
    }),
    route('staff:saved-reply-fill', {
      schema: SavedReplyFillSchema,
      access: 'staff',
      run: (input, { session }) => fillSavedReplyFor(desk, session, input),
    }),
  ],
});
