// The rule catalogue: every rule of `npm run check`, in the order the authoring guide lists them
// (data files first, then page files, then what only the whole site shows). One file per rule.
import bibliographyKey from './rules/bibliography-key.ts';
import brokenAnchor from './rules/broken-anchor.ts';
import brokenLink from './rules/broken-link.ts';
import crossLocaleLink from './rules/cross-locale-link.ts';
import checkConfig from './rules/check-config.ts';
import caseStudyTemplate from './rules/case-study-template.ts';
import dataField from './rules/data-field.ts';
import dataSyntax from './rules/data-syntax.ts';
import duplicateId from './rules/duplicate-id.ts';
import duplicatePage from './rules/duplicate-page.ts';
import emptyDocs from './rules/empty-docs.ts';
import frontmatterField from './rules/frontmatter-field.ts';
import frontmatterSyntax from './rules/frontmatter-syntax.ts';
import imageAlt from './rules/image-alt.ts';
import mdxSyntax from './rules/mdx-syntax.ts';
import missingCapabilities from './rules/missing-capabilities.ts';
import missingImage from './rules/missing-image.ts';
import missingSources from './rules/missing-sources.ts';
import noCitation from './rules/no-citation.ts';
import pageAddress from './rules/page-address.ts';
import pageSize from './rules/page-size.ts';
import pageSymlink from './rules/page-symlink.ts';
import pageTitle from './rules/page-title.ts';
import reservedAddress from './rules/reserved-address.ts';
import reviewedDate from './rules/reviewed-date.ts';
import sourceNotCited from './rules/source-not-cited.ts';
import unknownCapability from './rules/unknown-capability.ts';
import unknownCitation from './rules/unknown-citation.ts';
import unknownLocator from './rules/unknown-locator.ts';
import unknownPageType from './rules/unknown-page-type.ts';
import unknownRedirectTarget from './rules/unknown-redirect-target.ts';
import unknownTerm from './rules/unknown-term.ts';
import unreadableFile from './rules/unreadable-file.ts';
import unsafeContent from './rules/unsafe-content.ts';
import unusedReference from './rules/unused-reference.ts';
import markupInText from './rules/markup-in-text.ts';
import markdownInText from './rules/markdown-in-text.ts';
import frontmatterAttributes from './rules/frontmatter-attributes.ts';
import headAndBanner from './rules/head-and-banner.ts';
import mdxCode from './rules/mdx-code.ts';
import inBriefMissing from './rules/in-brief-missing.ts';
import unmarkedInterpretation from './rules/unmarked-interpretation.ts';
import untracedStatement from './rules/untraced-statement.ts';
import unknownVocabularyTarget from './rules/unknown-vocabulary-target.ts';
import vocabularySelfMapping from './rules/vocabulary-self-mapping.ts';
import duplicateVocabularyWord from './rules/duplicate-vocabulary-word.ts';
import unknownNeedTarget from './rules/unknown-need-target.ts';
import duplicateNeed from './rules/duplicate-need.ts';
import vagueNeed from './rules/vague-need.ts';
import shortLinkCollision from './rules/short-link-collision.ts';
import shortLinkRedirect from './rules/short-link-redirect.ts';
import type { Rule } from './rule.ts';

export const rules = [
	checkConfig,
	dataSyntax,
	dataField,
	duplicateId,
	bibliographyKey,
	unreadableFile,
	pageSymlink,
	emptyDocs,
	pageAddress,
	duplicatePage,
	reservedAddress,
	mdxSyntax,
	frontmatterSyntax,
	frontmatterField,
	pageTitle,
	reviewedDate,
	unknownPageType,
	unknownCapability,
	missingCapabilities,
	missingSources,
	sourceNotCited,
	noCitation,
	unknownCitation,
	unknownLocator,
	unknownTerm,
	brokenLink,
	brokenAnchor,
	crossLocaleLink,
	unsafeContent,
	imageAlt,
	missingImage,
	caseStudyTemplate,
	markupInText,
	markdownInText,
	headAndBanner,
	frontmatterAttributes,
	mdxCode,
	pageSize,
	inBriefMissing,
	unmarkedInterpretation,
	untracedStatement,
	unknownRedirectTarget,
	shortLinkCollision,
	shortLinkRedirect,
	unknownVocabularyTarget,
	vocabularySelfMapping,
	duplicateVocabularyWord,
	unknownNeedTarget,
	duplicateNeed,
	vagueNeed,
	unusedReference,
] as const satisfies readonly Rule[];

export type RuleId = (typeof rules)[number]['id'];
export const ruleIds = rules.map((rule) => rule.id) as RuleId[];
export const ruleById = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));
