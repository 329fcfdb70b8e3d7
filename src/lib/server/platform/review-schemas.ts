import { z } from 'zod';
import { optionalMultilineText, version } from './fields.ts';

/** A step of a review workflow (submit): names the version the user saw. */
export const transitionSchema = (id: string) => z.object({ version: version() }).meta({ id });

/** A reviewer's decision: approve, or return with a comment saying why. */
export const reviewSchema = (id: string) =>
	z
		.object({
			version: version(),
			decision: z.enum(['approve', 'return']),
			comment: optionalMultilineText(5_000).optional()
		})
		.refine((review) => review.decision === 'approve' || Boolean(review.comment), {
			error: 'validation.commentRequired',
			path: ['comment']
		})
		.meta({ id });
