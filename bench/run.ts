/** `npm run bench`: every benchmark, each printed as a ratio to a baseline from the same run. */
import { benchClassroom } from './classroom';
import { benchDebateStream } from './debate-stream';
import { benchEntry } from './entry';
import { benchGroups } from './groups';
import { benchMastery } from './mastery';
import { benchQuizgen } from './quizgen';
import { benchReports } from './reports';
import { benchRoom } from './room';
import { benchSaveAnswer } from './save-answer';

const only = process.argv[2];
if (!only || only === 'quizgen') benchQuizgen();
if (!only || only === 'save') await benchSaveAnswer();
if (!only || only === 'reports') await benchReports();
if (!only || only === 'mastery') await benchMastery();
if (!only || only === 'debate') await benchDebateStream();
if (!only || only === 'room') await benchRoom();
if (!only || only === 'entry') await benchEntry();
if (!only || only === 'groups') await benchGroups();
if (!only || only === 'classroom') await benchClassroom();
