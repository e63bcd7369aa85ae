// Where the NER model lives, apart from the tagger itself so `parley train ner --help` can name it cheaply.
import { join } from "node:path";

/** File name of the NER model inside the models folder. */
export const NER_MODEL_FILE = join("ner", "en-ner.json.gz");

/** File name of the word clusters beside it (clusters.ts reads it, `parley train clusters` writes it). */
export const CLUSTER_FILE = join("ner", "word-clusters.tsv.gz");
