// A printed handout numbers each link in the page's text ([1], [2] …) and lists the addresses at the end, since
// paper cannot be clicked (src/site/print-endnotes.ts). Which links get a number, and what address is printed.
import { describe, expect, test } from 'vitest';
import { handbookConfig } from '../../src/config.ts';
import { numberLinks } from '../../src/site/print-endnotes.ts';

const published = { ...handbookConfig, site: 'https://handbook.example.org' };
const preview = { ...handbookConfig, site: null };

describe('link notes on a printed handout', () => {
	test('each address gets the next number; a repeated address keeps its first; site paths become full addresses', () => {
		const html =
			'<p>See <a href="/coalitions/trust/">trust</a>, <a href="https://www.kingsfund.org.uk/">the Fund</a>, ' +
			'<a class="external" href="/coalitions/trust/" target="_blank">trust again</a> and ' +
			'<a href="//example.org/x?a=1&amp;b=2">a report</a>.</p>';
		const { html: numbered, notes } = numberLinks(html, published);
		expect(notes).toEqual([
			{ n: 1, address: 'https://handbook.example.org/coalitions/trust/' },
			{ n: 2, address: 'https://www.kingsfund.org.uk/' },
			// A protocol-relative address is printed with the site's protocol, as a reader must type it.
			{ n: 3, address: 'https://example.org/x?a=1&b=2' },
		]);
		expect(numbered).toBe(
			'<p>See <a href="/coalitions/trust/" data-endnote="1">trust</a>, <a href="https://www.kingsfund.org.uk/" data-endnote="2">the Fund</a>, ' +
				'<a class="external" href="/coalitions/trust/" target="_blank" data-endnote="1">trust again</a> and ' +
				'<a href="//example.org/x?a=1&amp;b=2" data-endnote="3">a report</a>.</p>',
		);
	});

	test('in a preview build (no published address) the notes are site paths', () => {
		expect(numberLinks('<a href="/go/trust/">trust</a>', preview).notes).toEqual([{ n: 1, address: '/go/trust/' }]);
	});

	test('no note for jumps in the page, heading anchors, citations, glossary terms, mail links or links already numbered', () => {
		const html =
			'<a href="#what-the-sources-say">below</a>' +
			'<a class="sl-anchor-link" href="/trust/#context">§</a>' +
			'<a class="citation" href="/references/#ref-kanter-1994">Kanter, 1994</a>' +
			'<a href="/glossary/#coalition" class="term">coalition</a>' +
			'<a href="mailto:editors@example.org">write to us</a>' +
			'<a href="relative/page/">relative</a>' +
			'<a href="/trust/" data-endnote="7">numbered</a>';
		expect(numberLinks(html, published)).toEqual({ html, notes: [] });
	});

	test('web addresses get a note, http or https, and an address ending in "#" too; other schemes do not', () => {
		const html =
			'<a href="http://example.org/a">a</a><a href="/trust/#">b</a><a href="ftp://example.org/c">c</a><a href="tel:+15555550100">d</a>';
		expect(numberLinks(html, preview).notes).toEqual([
			{ n: 1, address: 'http://example.org/a' },
			{ n: 2, address: '/trust/#' },
		]);
	});

	test('a class name that merely contains "term" or "citation" is still numbered', () => {
		const { notes } = numberLinks('<a class="terms-of-use" href="/about/">about</a>', published);
		expect(notes).toEqual([{ n: 1, address: 'https://handbook.example.org/about/' }]);
	});
});
