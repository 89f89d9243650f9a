/** A polite live region to announce what a button did. */
export function announce(message: string): void {
	let region = document.getElementById('handbook-status');
	if (!region) {
		region = document.createElement('div');
		region.id = 'handbook-status';
		region.className = 'sr-only';
		region.setAttribute('role', 'status');
		document.body.append(region);
	}
	region.textContent = '';
	requestAnimationFrame(() => (region!.textContent = message));
}
