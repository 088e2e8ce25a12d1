// The database handle every store and migration takes (better-sqlite3's, opened by openDatabase).
import type Database from 'better-sqlite3';

export type Db = Database.Database;
