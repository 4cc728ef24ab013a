import type { Schema } from './types';

/**
 * The default schema, transcribed from `annotation-guidelines.md` (version 1). This file is the only
 * place in the code where its labels and event types are named.
 */
const PLACE = ['GPE', 'LOC', 'FAC'];
const ACTOR = ['PER', 'ORG', 'GPE'];
const MEANS = ['WEA', 'VEH'];
const TIME = ['TIME'];

export const frConflictNews: Schema = {
  name: 'fr-conflict-news',
  version: 1,
  description: 'French news about armed conflict and politics (ACE 2005 / Rich ERE tradition).',
  entities: [
    { name: 'PER', key: 'p', color: '#f4a6a6', description: 'a person, or a group of people as such' },
    { name: 'ORG', key: 'o', color: '#9ec5f8', description: 'organisation: armed force, militia, government body, party, agency, media, international body' },
    { name: 'GPE', key: 'g', color: '#a8e0a0', description: 'geo-political entity: country, city, town, region with a government' },
    { name: 'LOC', key: 'l', color: '#d7e89a', description: 'geographic place that is not a GPE: district, road, front line, natural area' },
    { name: 'FAC', key: 'f', color: '#e5c39a', description: 'facility: building, airport, base, road infrastructure built by people' },
    { name: 'WEA', key: 'w', color: '#c9a8e8', description: 'weapon' },
    { name: 'VEH', key: 'v', color: '#9ee0dc', description: 'vehicle' },
    { name: 'TIME', key: 't', color: '#f1d98a', description: 'a date or time expression' },
  ],
  events: [
    {
      name: 'Conflict.Attack',
      key: 'A',
      color: '#d9534f',
      description: 'an attack, strike, bombing, fighting that takes place',
      roles: [
        { name: 'Attacker', labels: ACTOR },
        { name: 'Target', labels: ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'VEH', 'WEA'] },
        { name: 'Instrument', labels: MEANS },
        { name: 'Place', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
    {
      name: 'Conflict.TakeControl',
      key: 'C',
      color: '#b35900',
      description: 'taking or retaking control of a place',
      roles: [
        { name: 'Agent', labels: ACTOR },
        { name: 'Territory', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
    {
      name: 'Conflict.Ceasefire',
      key: 'F',
      color: '#5cb85c',
      description: 'a ceasefire, armistice or truce',
      roles: [
        { name: 'Party', labels: ACTOR },
        { name: 'Place', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
    {
      name: 'Conflict.Demonstrate',
      key: 'M',
      color: '#8e6bbf',
      description: 'a demonstration or protest',
      roles: [
        { name: 'Demonstrator', labels: ['PER', 'ORG'] },
        { name: 'Place', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
    {
      name: 'Life.Die',
      key: 'D',
      color: '#333333',
      description: 'a death',
      roles: [
        { name: 'Victim', labels: ['PER'] },
        { name: 'Agent', labels: ACTOR },
        { name: 'Instrument', labels: MEANS },
        { name: 'Place', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
    {
      name: 'Life.Injure',
      key: 'I',
      color: '#e67e22',
      description: 'an injury',
      roles: [
        { name: 'Victim', labels: ['PER'] },
        { name: 'Agent', labels: ACTOR },
        { name: 'Instrument', labels: MEANS },
        { name: 'Place', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
    {
      name: 'Movement.Transport',
      key: 'T',
      color: '#2f7ebc',
      description: 'people or things moving from one place to another',
      roles: [
        { name: 'Agent', labels: ACTOR },
        { name: 'Artifact', labels: ['PER', 'WEA', 'VEH'] },
        { name: 'Origin', labels: PLACE },
        { name: 'Destination', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
    {
      name: 'Contact.Meet',
      key: 'R',
      color: '#17a2b8',
      description: 'a meeting, talks, a conference',
      roles: [
        { name: 'Participant', labels: ACTOR },
        { name: 'Place', labels: PLACE },
        { name: 'Time', labels: TIME },
      ],
    },
  ],
  attributes: [{ name: 'realis', appliesTo: 'event', values: ['actual', 'generic', 'other'], default: 'actual' }],
};
