import type { SeedCommune } from '../../types';
import { communeInfo, categories, settings } from './commune';
import { articles1 } from './articles-1';
import { articles2 } from './articles-2';
import { documents1 } from './documents-1';
import { documents2 } from './documents-2';
import { decree224 } from '../decree-224';
import { procedures } from './procedures';
import { officials, contacts } from './people';
import { pages } from './pages';

const commune: SeedCommune = {
  ...communeInfo,
  categories,
  articles: [...articles1, ...articles2],
  documents: [...documents1, ...documents2, decree224('xã Quốc Tuấn')],
  procedures,
  officials,
  contacts,
  pages,
  settings,
};

export default commune;
