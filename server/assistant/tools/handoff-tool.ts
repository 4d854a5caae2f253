import { z } from 'zod';
import type { ToolSpec } from './catalog-of-tools.js';

const HandoffArgs = z.object({
  reason: z.string().trim().max(200).default('').describe('One line for the support team.'),
});

export const requestHumanTool: ToolSpec<typeof HandoffArgs> = {
  description:
    'Hand the conversation to a person on the VisionX support team (when the shopper asks for one, or the case needs a decision).',
  schema: HandoffArgs,
  run({ reason }, scope) {
    const outcome = scope.requestHuman(reason);
    return { ok: true, result: outcome, summary: `Asked for a person${reason ? `: ${reason}` : ''}` };
  },
};
