// Renders every processes/*.bpmn to docs/diagrams/<key>.svg with bpmn-js, so README pictures always come
// from the models themselves. Usage (from the repository root):
//   npm --prefix docs/diagrams install && node docs/diagrams/render.mjs
// Needs Chromium: apt-get install chromium (or set CHROMIUM=/path/to/chrome).
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const viewer = join(here, 'node_modules', 'bpmn-js', 'dist', 'bpmn-navigated-viewer.production.min.js');
const models = readdirSync(join(root, 'processes')).filter((f) => f.endsWith('.bpmn')).sort();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<html><body><div id="canvas" style="width:2400px;height:1400px"></div></body></html>');
  await page.addScriptTag({ content: readFileSync(viewer, 'utf8') });
  for (const file of models) {
    const xml = readFileSync(join(root, 'processes', file), 'utf8');
    const result = await page.evaluate(async (bpmnXml) => {
      const container = document.getElementById('canvas');
      container.innerHTML = '';
      const modeler = new window.BpmnJS({ container });
      const { warnings } = await modeler.importXML(bpmnXml);
      const { svg } = await modeler.saveSVG();
      modeler.destroy();
      return { svg, warnings: warnings.map((w) => w.message) };
    }, xml);
    const out = join(here, file.replace(/\.bpmn$/, '.svg'));
    writeFileSync(out, result.svg);
    console.log(`rendered ${file} -> docs/diagrams/${file.replace(/\.bpmn$/, '.svg')}`
      + (result.warnings.length ? ` (${result.warnings.length} import warnings: ${result.warnings.join('; ')})` : ''));
  }
} finally {
  await browser.close();
}
