import type { SeedCommune } from '../../types';
import { communeInfo, categories, settings } from './commune';
import { articles1 } from './articles-1';
import { articles2 } from './articles-2';
import { documents1 } from './documents-1';
import { documents2 } from './documents-2';
import { decree224 } from '../decree-224';
import { procedures1 } from './procedures-1';
import { procedures2 } from './procedures-2';
import { officials, contacts } from './people';
import { pages1 } from './pages-1';
import { pages2 } from './pages-2';

const commune: SeedCommune = {
  ...communeInfo,
  categories,
  articles: [...articles1, ...articles2],
  documents: [...documents1, ...documents2, decree224('xã Sơn Giang')],
  procedures: [...procedures1, ...procedures2],
  officials,
  contacts,
  pages: [...pages1, ...pages2],
  settings,
};

export default commune;
