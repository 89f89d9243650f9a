import { launchBrowser } from './test/helpers/browser.ts';
import { serveStatic } from './test/helpers/static-server.ts';
const server = await serveStatic('dist');
const { browser, close } = await launchBrowser();
const [path, name, open] = [process.argv[2]!, process.argv[3]!, process.argv[4] === 'open'];
for (const [w, h] of [[375, 812], [1280, 900]] as const) for (const scheme of ['light', 'dark'] as const) {
	const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
	const page = await ctx.newPage();
	page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
	await page.goto(server.url + path.replace(/^\//, ''), { waitUntil: 'networkidle' });
	if (open) await page.locator('.use-in-training summary').click();
	await page.screenshot({ path: `test-results/${name}-${w}-${scheme}.png`, fullPage: false });
	await ctx.close();
}
await close(); await server.close();
