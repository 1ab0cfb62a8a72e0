import fs from 'node:fs';
import path from 'node:path';

export interface SampleOccupation {
  code: string;
  nameZh: string;
  workTypes: string[];
  levels: number[];
  verified: boolean;
  note: string;
}

const FILE = path.resolve(import.meta.dirname, '../../seed-data/occupations-sample.csv');

/** The sample catalogue shipped for demos (codes marked unverified are not for production). */
export function readSampleOccupations(): SampleOccupation[] {
  const [header, ...lines] = fs.readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
  if (header !== 'code,name_zh,work_types,levels,verified,note') throw new Error(`unexpected header in ${FILE}`);
  return lines.map((line) => {
    const [code = '', nameZh = '', workTypes = '', levels = '', verified = '', ...note] = line.split(',');
    return {
      code,
      nameZh,
      workTypes: workTypes ? workTypes.split('|') : [],
      levels: levels.split('|').map(Number),
      verified: verified === 'yes',
      note: note.join(','),
    };
  });
}
