/**
 * The room's forms, each parsed by `parseForm` with one of these schemas. Text is passed on as
 * sent: the domain (server/debates) trims and checks it, and words its own refusals. Ids are
 * the page's hidden fields (`$lib/forms/fields`): a positive whole number or nothing.
 */
import { z } from 'zod';
import { FLAG_REASONS, REACTION_KINDS, SIDES } from '$lib/debate';
import {
	formIdField as id,
	formText as text,
	optionalFormId as optionalId
} from '$lib/forms/fields';

/** A number typed or chosen; the domain refuses what is out of range (NaN included). */
const number = text.transform(Number);

const postId = id('Choose a post.');
const flagId = id('Choose a flag.');
const side = z.enum(SIDES, { error: 'Choose a side.' });

const post = z.object({
	kind: text,
	parentId: optionalId,
	claim: text,
	/** 1-based in the form, as people count paragraphs. */
	paragraph: optionalId,
	quote: text,
	reasoning: text
});

export const roomForms = {
	none: z.object({}),
	post,
	edit: post.extend({ postId }),
	// Field order is check order: the first refused field is the one reported.
	react: z.object({
		kind: z.enum(REACTION_KINDS, { error: 'Choose a reaction.' }),
		postId,
		note: text
	}),
	flag: z.object({
		reason: z.enum(FLAG_REASONS, { error: 'Choose why you are flagging the post.' }),
		postId
	}),
	replyFlag: z.object({ flagId, reply: text }),
	resolveFlag: z.object({ flagId }),
	vote: z.object({ stance: number, note: text }),
	chooseSide: z.object({ side }),
	assignSide: z.object({ side, studentId: id('Choose a side.') }),
	hide: z.object({ postId, reason: text }),
	restore: z.object({ postId }),
	pin: z.object({ postId, pinned: text.transform((value) => value === 'true') }),
	extend: z.object({ minutes: number })
};

/** What a refused room action returns to the page (a done one redirects): the page's `form`. */
export interface RoomFailure {
	action: string;
	message?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
}

/**
 * Fields a person chooses (a select, radio buttons): a bad value is said in the room, next to
 * the form. Any other refused field was a hidden one the page sent, and answers 400.
 */
export const CHOSEN_FIELDS: readonly string[] = ['reason', 'side', 'studentId'];
