/** The 404 sentence of every debate page: "not there" and "not yours" read the same, so ids reveal nothing. */
export const NOT_FOUND = 'There is no debate here, or it is not one of yours.';

/** The event stream and the live fetch answer the room's own script, which only needs the fact. */
export const STREAM_NOT_FOUND = 'There is no debate here.';

/** Query flag on the room a student was sent to after the teacher regrouped the class. */
export const MOVED_PARAM = 'moved';

/** Query flag naming the post a student just flagged, so the room can say the flag went. */
export const FLAGGED_PARAM = 'flagged';
