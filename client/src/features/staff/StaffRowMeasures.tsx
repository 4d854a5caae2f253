import type { StaffConversation } from '../../../../shared/staff.js';
import { StaffRating } from './StaffRating.js';
import { StaffReplyDue } from './StaffReplyDue.js';

/** A conversation's measures where its row or header shows them: the reply's due time and the shopper's rating. */
export function StaffRowMeasures(props: { row: StaffConversation; comment?: boolean }) {
  return (
    <>
      <StaffReplyDue row={props.row} />
      <StaffRating row={props.row} comment={props.comment} />
    </>
  );
}
