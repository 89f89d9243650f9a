/**
 * What health leaders and trainers type into search, and the pages that must come up in the
 * top 3 (any one of those listed). Four kinds: the sources' own keywords; whole questions and
 * phrasings in a leader's own words, which occur nowhere in the handbook; needs, situations a
 * leader describes (not in the words of `content/search/needs.yaml`), each with the page or
 * challenge entry (`/challenges/#anchor`) that answers it; and typos.
 */
export type QueryKind = 'keyword' | 'question' | 'need' | 'typo';
export type QueryCase = [query: string, expected: string[], kind: QueryKind];

const conflict = ['/coalitions/conflict/', '/practices/managing-conflict/'];
const sharedPurpose = ['/practices/shared-purpose-and-identity/', '/lessons/shared-purpose-and-value/'];
/** A situation of the challenges page, by its heading's anchor. */
const challenge = (anchor: string) => `/challenges/#${anchor}`;

export const queryTable: QueryCase[] = [
	// The sources' own keywords.
	['conflict', conflict, 'keyword'],
	['trust', ['/coalitions/trust/'], 'keyword'],
	['primary care network', ['/cases/alberta-pcns/'], 'keyword'],
	['collaborative advantage', ['/coalitions/collaborative-advantage/'], 'keyword'],
	['what is a coalition', ['/coalitions/what-is-a-coalition/'], 'keyword'],
	['lifecycle', ['/coalitions/lifecycle/'], 'keyword'],
	['stakeholder analysis', ['/coalitions/collaborative-leaders/'], 'keyword'],
	['service charter', ['/coalitions/collaborative-leaders/'], 'keyword'],
	[
		'political skill',
		['/leads/develop-coalitions/navigate-socio-political/', '/coalitions/collaborative-leaders/'],
		'keyword',
	],
	['mobilize knowledge', ['/leads/develop-coalitions/mobilize-knowledge/'], 'keyword'],
	['power dynamics', ['/practices/power-dynamics/'], 'keyword'],
	['shared decision-making', ['/practices/shared-decision-processes/'], 'keyword'],
	['shared purpose', sharedPurpose, 'keyword'],
	['moral injury', ['/lessons/context-and-history/'], 'keyword'],
	['governance', ['/lessons/context-and-history/', '/coalitions/trust/'], 'keyword'],
	['hard data', ['/lessons/hard-data-hard-graft/'], 'keyword'],
	['CLAHRC', ['/cases/iocn/'], 'keyword'],
	['place-based network', ['/cases/iocn/', '/coalitions/forms-of-collaboration/'], 'keyword'],
	['level 5 leadership', ['/cases/iocn/'], 'keyword'],
	['civic leadership', ['/practices/'], 'keyword'],
	['interlocking directorate', ['/coalitions/forms-of-collaboration/'], 'keyword'],
	['joint venture', ['/coalitions/forms-of-collaboration/'], 'keyword'],
	['motives', ['/coalitions/why-coalitions-form/'], 'keyword'],
	['after-action review', ['/leads/develop-coalitions/commit-to-service/', '/coalitions/lifecycle/'], 'keyword'],
	['community of practice', ['/cases/iocn/'], 'keyword'],
	['provincial physician leads', ['/cases/alberta-pcns/'], 'keyword'],
	['north zone', ['/cases/alberta-pcns/'], 'keyword'],
	['reflection questions', ['/reflection/'], 'keyword'],
	['customers and service', ['/leads/develop-coalitions/commit-to-service/'], 'keyword'],
	['LEADS framework', ['/leads/'], 'keyword'],
	['safe inclusive environment', ['/practices/safe-inclusive-environment/'], 'keyword'],
	['healthy relationships', ['/practices/healthy-relationships/'], 'keyword'],
	['Intermountain', ['/cases/iocn/'], 'keyword'],
	['organisational learning', ['/cases/iocn/'], 'keyword'],
	['tensions', ['/coalitions/tensions/'], 'keyword'],
	['autonomy and interdependence', ['/coalitions/tensions/'], 'keyword'],
	['forms of collaboration', ['/coalitions/forms-of-collaboration/'], 'keyword'],
	['issue-based network', ['/coalitions/forms-of-collaboration/'], 'keyword'],
	['Kaleidoscope', ['/lessons/', '/sources/kaleidoscope-blog/'], 'keyword'],
	["King's Fund", ['/practices/', '/sources/kings-fund-report/'], 'keyword'],
	['capability map', ['/capability-map/'], 'keyword'],
	['short links', ['/linking/'], 'keyword'],

	// Whole questions and phrasings in a leader's own words (none of them occurs in the handbook).
	['handling disagreement between partners', conflict, 'question'],
	['who holds the power in a partnership', ['/practices/power-dynamics/'], 'question'],
	['how do I build trust with another organization', ['/coalitions/trust/'], 'question'],
	['how to use evidence with partners', ['/leads/develop-coalitions/mobilize-knowledge/'], 'question'],
	['psychological safety', ['/practices/safe-inclusive-environment/'], 'question'],
	['how can I make people feel safe to speak up in meetings', ['/practices/safe-inclusive-environment/'], 'question'],
	['our partners keep arguing, what should I do', conflict, 'question'],
	['one organization dominates our partnership', ['/practices/power-dynamics/'], 'question'],
	['how should partners make decisions together', ['/practices/shared-decision-processes/'], 'question'],
	['why would organizations want to collaborate', ['/coalitions/why-coalitions-form/'], 'question'],
	['what stages does a partnership go through', ['/coalitions/lifecycle/'], 'question'],
	['when is it time to wind down a partnership', ['/coalitions/lifecycle/'], 'question'],
	['how do I get patients involved in our coalition', ['/leads/develop-coalitions/commit-to-service/'], 'question'],
	[
		'dealing with office politics between organizations',
		['/leads/develop-coalitions/navigate-socio-political/', '/coalitions/collaborative-leaders/'],
		'question',
	],
	['what skills does a collaborative leader need', ['/coalitions/collaborative-leaders/'], 'question'],
	['what does a primary care network do in Alberta', ['/cases/alberta-pcns/'], 'question'],
	['example of a city-wide health network in England', ['/cases/iocn/'], 'question'],
	['how to measure whether our collaboration is working', ['/lessons/hard-data-hard-graft/'], 'question'],
	['what do we gain by working together', ['/coalitions/collaborative-advantage/'], 'question'],
	['our past with this partner was painful', ['/lessons/context-and-history/'], 'question'],
	['too much red tape in our partnership', ['/lessons/context-and-history/', '/coalitions/trust/'], 'question'],
	['what kinds of partnership arrangements exist', ['/coalitions/forms-of-collaboration/'], 'question'],
	[
		'breaking down silos between organizations',
		['/leads/develop-coalitions/build-partnerships/', '/coalitions/what-is-a-coalition/', '/practices/'],
		'question',
	],
	['mapping stakeholders before we start', ['/coalitions/collaborative-leaders/'], 'question'],
	['questions to discuss with my team about our partnership', ['/reflection/'], 'question'],
	['how do I link to a page from my slides', ['/linking/'], 'question'],
	['what are the five LEADS domains', ['/leads/'], 'question'],
	['getting along with partner organizations', ['/practices/healthy-relationships/'], 'question'],
	['making everyone feel part of one team', ['/practices/shared-purpose-and-identity/'], 'question'],
	['how do family doctors work together in Alberta', ['/cases/alberta-pcns/'], 'question'],
	['who should be at the table when partners decide', ['/practices/shared-decision-processes/'], 'question'],
	[
		'learning lessons after a partnership ends',
		['/coalitions/lifecycle/', '/leads/develop-coalitions/commit-to-service/'],
		'question',
	],
	['how do we get partners to share one purpose', sharedPurpose, 'question'],
	[
		'is working together worth the effort',
		['/lessons/hard-data-hard-graft/', '/coalitions/collaborative-advantage/'],
		'question',
	],
	['patient engagement in a coalition', ['/leads/develop-coalitions/commit-to-service/'], 'question'],
	[
		'what does political savvy look like',
		['/leads/develop-coalitions/navigate-socio-political/', '/coalitions/collaborative-leaders/'],
		'question',
	],

	// Needs: situations as leaders describe them, each with the page or challenge entry that answers it.
	[
		'the other organization only sends junior people to our meetings',
		[challenge('senior-leaders-are-not-fully-committed')],
		'need',
	],
	['our partners send junior staff to the board', [challenge('senior-leaders-are-not-fully-committed')], 'need'],
	[
		'the chief executives are not really behind this partnership',
		[challenge('senior-leaders-are-not-fully-committed')],
		'need',
	],
	[
		'the hospital does not listen to the family doctors',
		[challenge('one-organization-dominates'), '/practices/power-dynamics/'],
		'need',
	],
	[
		'the big hospital always gets its way over smaller partners',
		[challenge('one-organization-dominates'), '/practices/power-dynamics/'],
		'need',
	],
	[
		'doctors dominate and nurses are not heard in our network',
		[challenge('one-organization-dominates'), '/practices/power-dynamics/'],
		'need',
	],
	[
		'how can we show our network is worth the money and time',
		['/lessons/hard-data-hard-graft/', challenge('the-partnership-lacks-data')],
		'need',
	],
	[
		'how do we know if our coalition is working',
		['/lessons/hard-data-hard-graft/', challenge('the-partnership-lacks-data')],
		'need',
	],
	[
		'evaluate the impact our partnership has',
		['/lessons/hard-data-hard-graft/', challenge('the-partnership-lacks-data')],
		'need',
	],
	[
		'we make decisions without any numbers',
		[challenge('the-partnership-lacks-data'), '/lessons/hard-data-hard-graft/'],
		'need',
	],
	[
		'getting the family doctors and the hospital to share information',
		['/leads/develop-coalitions/mobilize-knowledge/'],
		'need',
	],
	[
		'partner organizations will not share their information with us',
		['/leads/develop-coalitions/mobilize-knowledge/'],
		'need',
	],
	[
		'our partners are suspicious of one another',
		[challenge('partners-do-not-trust-each-other'), '/coalitions/trust/'],
		'need',
	],
	[
		'how do we rebuild trust after a partner let us down',
		['/coalitions/trust/', challenge('partners-do-not-trust-each-other')],
		'need',
	],
	[
		'every time we propose something they say their board will not approve',
		[challenge('partners-say-my-board-wont-sign-off'), '/lessons/context-and-history/'],
		'need',
	],
	[
		'partners hiding behind governance to avoid a decision',
		[challenge('partners-say-my-board-wont-sign-off'), '/lessons/context-and-history/'],
		'need',
	],
	[
		'these two organizations were rivals for years',
		[challenge('partners-carry-a-history-of-competition'), '/lessons/context-and-history/'],
		'need',
	],
	[
		'staff still resent the other organization because of the past',
		[challenge('partners-carry-a-history-of-competition'), '/lessons/context-and-history/'],
		'need',
	],
	[
		'each partner wants something different from the coalition',
		[challenge('partners-are-unclear-about-purpose'), ...sharedPurpose],
		'need',
	],
	[
		'we cannot agree what our partnership is for',
		[challenge('partners-are-unclear-about-purpose'), ...sharedPurpose],
		'need',
	],
	[
		'which organizations should we invite into our coalition',
		[challenge('you-are-not-sure-who-should-be-a-partner'), '/leads/develop-coalitions/build-partnerships/'],
		'need',
	],
	[
		'checking the reputation of a possible partner',
		[challenge('you-are-not-sure-who-should-be-a-partner'), '/leads/develop-coalitions/build-partnerships/'],
		'need',
	],
	[
		'the ministry forced us to form a partnership',
		[challenge('the-collaboration-was-mandated-not-chosen'), '/coalitions/forms-of-collaboration/'],
		'need',
	],
	['two partners had a big row at the last meeting', [challenge('conflict-breaks-out'), ...conflict], 'need'],
	[
		'nobody wants to talk about the disagreements',
		['/practices/managing-conflict/', challenge('conflict-breaks-out')],
		'need',
	],
	[
		'our board wants quick wins from the network',
		[challenge('pressure-for-quick-results'), '/coalitions/tensions/'],
		'need',
	],
	[
		'progress is slower than the executives expected',
		[challenge('pressure-for-quick-results'), '/coalitions/tensions/'],
		'need',
	],
	[
		'patients get forgotten when the partners meet',
		[challenge('the-people-the-coalition-serves-drop-out-of-view'), '/leads/develop-coalitions/commit-to-service/'],
		'need',
	],
	[
		'our coalition has done its job, should we close it',
		[challenge('a-coalition-has-run-its-course'), '/coalitions/lifecycle/'],
		'need',
	],
	['quiet partners never speak up at the table', ['/practices/safe-inclusive-environment/'], 'need'],
	['some partners feel left out when decisions are made', ['/practices/shared-decision-processes/'], 'need'],
	['staff are only loyal to their own organization', ['/practices/shared-purpose-and-identity/'], 'need'],
	['partners are disrespectful to each other', ['/practices/healthy-relationships/'], 'need'],
	['how to start a new coalition', ['/leads/develop-coalitions/build-partnerships/'], 'need'],
	['what would make another organization want to join us', ['/coalitions/why-coalitions-form/'], 'need'],
	['what structure should our partnership have', ['/coalitions/forms-of-collaboration/'], 'need'],
	['we depend on each other but want to keep our independence', ['/coalitions/tensions/'], 'need'],
	['an example of GPs working together in Canada', ['/cases/alberta-pcns/'], 'need'],
	['a health network in an English city we can learn from', ['/cases/iocn/'], 'need'],
	['questions to reflect on my partnering skills', ['/reflection/'], 'need'],
	['what we can achieve together that no partner could alone', ['/coalitions/collaborative-advantage/'], 'need'],
	[
		'being clear about what success looks like for our collaboration',
		['/lessons/shared-purpose-and-value/', ...sharedPurpose],
		'need',
	],

	// Typos: the nearest indexed word is searched instead.
	['partnershp', ['/leads/develop-coalitions/build-partnerships/'], 'typo'],
	[
		'colaboration',
		['/practices/', '/coalitions/forms-of-collaboration/', '/coalitions/collaborative-advantage/'],
		'typo',
	],
	['confict', conflict, 'typo'],
	['goverance', ['/lessons/context-and-history/', '/coalitions/trust/'], 'typo'],
	['trsut', ['/coalitions/trust/'], 'typo'],
	['powr dynamics', ['/practices/power-dynamics/'], 'typo'],
	['disagrement', conflict, 'typo'],
	['stakeholdr analysis', ['/coalitions/collaborative-leaders/'], 'typo'],
	['lifecylce', ['/coalitions/lifecycle/'], 'typo'],
	['psycological safety', ['/practices/safe-inclusive-environment/'], 'typo'],
];
