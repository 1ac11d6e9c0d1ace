/** A class as its teacher's page shows it (components may not import the server's schema). */
export interface ClassView {
	id: number;
	name: string;
	joinCode: string;
	/** When the teacher archived it (UTC ms); null while it is in use. */
	archivedAt: number | null;
}
