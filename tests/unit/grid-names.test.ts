import { describe, expect, test } from 'vitest';
import { gridCellName, gridCellText } from '../../src/lib/site/grid-names';
import { loadModel } from './helpers/content';

describe('grid cell names (label in name)', () => {
  const model = loadModel();

  test('every cell link name starts with exactly what the cell shows, then the whole answer', () => {
    for (const host of model.hosts) {
      for (const image of model.images) {
        const { verdict } = model.cell(host.id, image.id);
        const name = gridCellName(image.name, host.name, verdict);
        const where = `${host.id} × ${image.id}`;
        expect(name.startsWith(`${gridCellText(verdict)}: `), where).toBe(true);
        expect(name, where).toContain(`${image.name} on ${host.name}: process isolation `);
      }
    }
  });

  test('the visible text shows both modes with their glyphs', () => {
    const { verdict } = model.cell('ws2019', 'servercore-ltsc2022');
    expect(gridCellText(verdict)).toBe('P✕ H✕');
    expect(gridCellName('Server Core ltsc2022', 'Windows Server 2019', verdict)).toBe(
      'P✕ H✕: Server Core ltsc2022 on Windows Server 2019: process isolation unsupported, Hyper-V isolation unsupported',
    );
  });
});
