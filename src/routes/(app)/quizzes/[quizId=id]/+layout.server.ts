import { readImportReport } from '$lib/server/articles/import-report';
import type { LayoutServerLoad } from './$types';

/** What the last import into this quiz brought in and left out, shown once on the editor. */
export const load: LayoutServerLoad = (event) => ({
	importReport: readImportReport(event, Number(event.params.quizId))
});
