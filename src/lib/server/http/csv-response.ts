import type { CsvValue } from '../../debate/escape';
import { csvWithBom } from '../../reports/export';

/** A CSV download: UTF-8 with a BOM, never cached (it holds student scores). */
export function csvResponse(filename: string, rows: readonly (readonly CsvValue[])[]): Response {
	return new Response(csvWithBom(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '-')}"`,
			'cache-control': 'private, no-store'
		}
	});
}
