import type { ChoiceOption } from '../../grading/types';
import { BLANK } from '../../quizgen/types';
import type { QuestionContent } from '../types';
import { escapeXml, feedbackText, metadataTags, questionName } from './text';
import type { ExportResult, PortableQuestion, PortableQuiz } from './types';
import { writeZip } from './zip';

/**
 * IMS QTI 3.0 (imsglobal.org/spec/qti/v3p0), as a content package: `imsmanifest.xml`, one
 * assessment test, the article as one shared stimulus (`qti-assessment-stimulus`) that every
 * item references, and one item per question. QTI 3.0 rather than 2.1: it has the shared
 * stimulus as a first-class element (2.1 has none; 2.2 added it), and it is what IMS certifies
 * today. Each item's explanation and evidence sit in a scorer-only rubric block, so a delivery
 * system never shows them to students; kind and skill are LOM keywords on the item's manifest
 * resource; points are the item reference's weight in the test.
 */

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const ITEM_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
const TEMPLATES = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';
export const STIMULUS_ID = 'article';
export const STIMULUS_PATH = 'stimuli/article.xml';

const x = escapeXml;
const root = (name: string, attrs: string, body: string) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<${name} xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${ITEM_XSD}" ${attrs}>\n${body}\n</${name}>\n`;
const paragraphs = (text: string) =>
	text
		.split(/\n{2,}/)
		.filter((p) => p.trim() !== '')
		.map((p) => `<p>${x(p)}</p>`)
		.join('');

function declaration(
	id: string,
	cardinality: string,
	baseType: string,
	values: string[],
	mapping = ''
) {
	const correct = values.map((v) => `<qti-value>${x(v)}</qti-value>`).join('');
	return `<qti-response-declaration identifier="${id}" cardinality="${cardinality}" base-type="${baseType}"><qti-correct-response>${correct}</qti-correct-response>${mapping}</qti-response-declaration>`;
}

function stringMapping(answers: string[]): string {
	const entries = answers.map(
		(a) => `<qti-map-entry map-key="${x(a)}" mapped-value="1" case-sensitive="false"/>`
	);
	return `<qti-mapping default-value="0" upper-bound="1">${entries.join('')}</qti-mapping>`;
}

function choiceInteraction(id: string, prompt: string, options: ChoiceOption[], max: number) {
	const choices = options.map(
		(o) => `<qti-simple-choice identifier="${x(o.id)}">${x(o.text)}</qti-simple-choice>`
	);
	return `<qti-choice-interaction response-identifier="${id}" shuffle="true" max-choices="${max}"><qti-prompt>${x(prompt)}</qti-prompt>${choices.join('')}</qti-choice-interaction>`;
}

const template = (name: string) => `<qti-response-processing template="${TEMPLATES}/${name}.xml"/>`;

/** Sum of a condition per part: the evidence pair's Part B counts only with Part A right. */
function pairProcessing(): string {
	const match = (id: string) =>
		`<qti-match><qti-variable identifier="${id}"/><qti-correct identifier="${id}"/></qti-match>`;
	const add = (n: number) =>
		`<qti-set-outcome-value identifier="SCORE"><qti-sum><qti-variable identifier="SCORE"/><qti-base-value base-type="float">${n}</qti-base-value></qti-sum></qti-set-outcome-value>`;
	return `<qti-response-processing><qti-response-condition><qti-response-if>${match('RESPONSE_A')}${add(1)}<qti-response-condition><qti-response-if>${match('RESPONSE_B')}${add(1)}</qti-response-if></qti-response-condition></qti-response-if></qti-response-condition></qti-response-processing>`;
}

function clozeProcessing(count: number): string {
	const maps = Array.from(
		{ length: count },
		(_, i) => `<qti-map-response identifier="RESPONSE_${i + 1}"/>`
	);
	return `<qti-response-processing><qti-set-outcome-value identifier="SCORE"><qti-sum>${maps.join('')}</qti-sum></qti-set-outcome-value></qti-response-processing>`;
}

/** Declarations, the interaction markup and response processing for one question's kind. */
function parts(q: PortableQuestion): { declarations: string; body: string; processing: string } {
	const c: QuestionContent = q.content;
	switch (c.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
			return {
				declarations: declaration('RESPONSE', 'single', 'identifier', [c.correctOptionId]),
				body: choiceInteraction('RESPONSE', q.prompt, c.options, 1),
				processing: template('match_correct')
			};
		case 'multi_select':
			return {
				declarations: declaration('RESPONSE', 'multiple', 'identifier', c.correctOptionIds),
				body: choiceInteraction('RESPONSE', q.prompt, c.options, c.options.length),
				processing: template('match_correct')
			};
		case 'true_false': {
			const options = [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			];
			return {
				declarations: declaration('RESPONSE', 'single', 'identifier', [String(c.correct)]),
				body: choiceInteraction('RESPONSE', q.prompt, options, 1).replace(
					'shuffle="true"',
					'shuffle="false"'
				),
				processing: template('match_correct')
			};
		}
		case 'short_answer':
			return {
				declarations: declaration(
					'RESPONSE',
					'single',
					'string',
					c.acceptedAnswers.slice(0, 1),
					stringMapping(c.acceptedAnswers)
				),
				body: `${paragraphs(q.prompt)}<p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>`,
				processing: template('map_response')
			};
		case 'cloze': {
			const pieces = q.prompt.split(BLANK);
			const inline = pieces
				.map((piece, i) =>
					i === 0
						? x(piece)
						: `<qti-text-entry-interaction response-identifier="RESPONSE_${i}"/>${x(piece)}`
				)
				.join('');
			const declarations = c.blanks
				.map((b, i) =>
					declaration(
						`RESPONSE_${i + 1}`,
						'single',
						'string',
						b.acceptedAnswers.slice(0, 1),
						stringMapping(b.acceptedAnswers)
					)
				)
				.join('');
			return {
				declarations,
				body: `<p class="standpoint-cloze">${inline}</p>`,
				processing: clozeProcessing(c.blanks.length)
			};
		}
		case 'ordering': {
			const choices = c.items.map(
				(o) => `<qti-simple-choice identifier="${x(o.id)}">${x(o.text)}</qti-simple-choice>`
			);
			return {
				declarations: declaration(
					'RESPONSE',
					'ordered',
					'identifier',
					c.items.map((i) => i.id)
				),
				body: `<qti-order-interaction response-identifier="RESPONSE" shuffle="true"><qti-prompt>${x(q.prompt)}</qti-prompt>${choices.join('')}</qti-order-interaction>`,
				processing: template('match_correct')
			};
		}
		case 'evidence_pair':
			return {
				declarations:
					declaration('RESPONSE_A', 'single', 'identifier', [c.partA.correctOptionId]) +
					declaration('RESPONSE_B', 'single', 'identifier', [c.partB.correctOptionId]),
				body:
					choiceInteraction('RESPONSE_A', q.prompt, c.partA.options, 1) +
					choiceInteraction('RESPONSE_B', c.partBPrompt, c.partB.options, 1),
				processing: pairProcessing()
			};
	}
}

export function itemId(index: number): string {
	return `item-${index + 1}`;
}

function itemXml(q: PortableQuestion, index: number, articleTitle: string): string {
	const { declarations, body, processing } = parts(q);
	const feedback = feedbackText(q.explanation, q.evidence);
	const rubric = feedback
		? `<qti-rubric-block view="scorer" use="scoring" class="standpoint-feedback"><qti-content-body>${paragraphs(feedback)}</qti-content-body></qti-rubric-block>`
		: '';
	return root(
		'qti-assessment-item',
		`identifier="${itemId(index)}" title="${x(questionName(index, q.prompt))}" adaptive="false" time-dependent="false" xml:lang="en"`,
		[
			declarations,
			'<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>',
			`<qti-assessment-stimulus-ref identifier="${STIMULUS_ID}" href="../${STIMULUS_PATH}" title="${x(articleTitle)}"/>`,
			`<qti-item-body>${body}${rubric}</qti-item-body>`,
			processing
		].join('\n')
	);
}

function stimulusXml(quiz: PortableQuiz): string {
	const text = quiz.article.paragraphs.map((p) => `<p>${x(p)}</p>`).join('\n');
	return root(
		'qti-assessment-stimulus',
		`identifier="${STIMULUS_ID}" title="${x(quiz.article.title)}" xml:lang="en"`,
		`<qti-stimulus-body><h2>${x(quiz.article.title)}</h2>\n${text}</qti-stimulus-body>`
	);
}

function testXml(quiz: PortableQuiz): string {
	const refs = quiz.questions.map(
		(q, i) =>
			`<qti-assessment-item-ref identifier="${itemId(i)}" href="items/${itemId(i)}.xml"><qti-weight identifier="W" value="${q.points}"/></qti-assessment-item-ref>`
	);
	const section = `<qti-assessment-section identifier="section-1" title="Questions" visible="true">\n${refs.join('\n')}\n</qti-assessment-section>`;
	return root(
		'qti-assessment-test',
		`identifier="quiz" title="${x(quiz.title)}"`,
		`<qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="simultaneous">\n${section}\n</qti-test-part>`
	);
}

function manifestXml(quiz: PortableQuiz): string {
	const keywords = (q: PortableQuestion) =>
		metadataTags(q.content.kind, q.skill)
			.map((t) => `<imsmd:keyword><imsmd:string>${x(t)}</imsmd:string></imsmd:keyword>`)
			.join('');
	const items = quiz.questions.map(
		(q, i) =>
			`<resource identifier="${itemId(i)}" type="imsqti_item_xmlv3p0" href="items/${itemId(i)}.xml"><metadata><imsmd:lom><imsmd:general>${keywords(q)}</imsmd:general></imsmd:lom></metadata><file href="items/${itemId(i)}.xml"/><dependency identifierref="${STIMULUS_ID}"/></resource>`
	);
	const test = `<resource identifier="quiz" type="imsqti_test_xmlv3p0" href="assessment.xml"><file href="assessment.xml"/>${quiz.questions.map((_, i) => `<dependency identifierref="${itemId(i)}"/>`).join('')}</resource>`;
	const stimulus = `<resource identifier="${STIMULUS_ID}" type="imsqti_stimulus_xmlv3p0" href="${STIMULUS_PATH}"><file href="${STIMULUS_PATH}"/></resource>`;
	return `<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="${CP_NS}" xmlns:imsmd="${LOM_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="standpoint-quiz">\n<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>\n<organizations/>\n<resources>\n${[test, stimulus, ...items].join('\n')}\n</resources>\n</manifest>\n`;
}

/** The package's files by path, before zipping (tests read them directly). */
export function qtiFiles(quiz: PortableQuiz): { path: string; text: string }[] {
	return [
		{ path: 'imsmanifest.xml', text: manifestXml(quiz) },
		{ path: 'assessment.xml', text: testXml(quiz) },
		{ path: STIMULUS_PATH, text: stimulusXml(quiz) },
		...quiz.questions.map((q, i) => ({
			path: `items/${itemId(i)}.xml`,
			text: itemXml(q, i, quiz.article.title)
		}))
	];
}

export function toQtiPackage(quiz: PortableQuiz): ExportResult {
	return { body: writeZip(qtiFiles(quiz)), skipped: [] };
}
