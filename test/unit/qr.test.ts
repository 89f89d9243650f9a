// A preview build writes short links as site paths (/go/trust/); the page completes them with the origin it was
// served from before drawing their QR codes, since a phone has no origin to resolve a path against.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fullAddress, qrSvgFor } from '../../src/scripts/qr.ts';
import { qrSvg } from '../../src/scripts/qr-code.ts';

afterEach(() => vi.unstubAllGlobals());

describe('QR codes of site paths', () => {
	test('a site path becomes a full address on the origin the page came from; a full address stays as it is', () => {
		vi.stubGlobal('location', { origin: 'http://localhost:4321' });
		expect(fullAddress('/go/trust/')).toBe('http://localhost:4321/go/trust/');
		expect(fullAddress('/handbook/go/trust/')).toBe('http://localhost:4321/handbook/go/trust/');
		expect(fullAddress('https://handbook.example.org/go/trust/')).toBe('https://handbook.example.org/go/trust/');
	});

	test("the code drawn is the full address's, not the path's", async () => {
		vi.stubGlobal('location', { origin: 'http://localhost:4321' });
		const drawn = await qrSvgFor('/go/trust/');
		expect(drawn).toBe(await qrSvg('http://localhost:4321/go/trust/'));
		expect(drawn).not.toBe(await qrSvg('/go/trust/'));
	});
});
