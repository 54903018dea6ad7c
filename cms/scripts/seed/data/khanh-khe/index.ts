import type { SeedCommune } from '../../types';
import { articles1 } from './articles-1';
import { articles2 } from './articles-2';
import { categories, communeInfo, settings } from './commune';
import { documents1 } from './documents-1';
import { documents2 } from './documents-2';
import { decree224 } from '../decree-224';
import { pages1 } from './pages-1';
import { pages2 } from './pages-2';
import { contacts, officials } from './people';
import { procedures } from './procedures';

const commune: SeedCommune = {
  ...communeInfo,
  categories,
  articles: [...articles1, ...articles2],
  documents: [...documents1, ...documents2, decree224('xã Khánh Khê')],
  procedures,
  officials,
  contacts,
  pages: [...pages1, ...pages2],
  settings,
};

export default commune;
