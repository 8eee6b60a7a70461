import type { components as Registry } from './generated/registry';
import type { components as Freezing } from './generated/freezing';
import type { components as Trace } from './generated/trace';

export type RegistrySchemas = Registry['schemas'];
export type FreezingSchemas = Freezing['schemas'];
export type TraceSchemas = Trace['schemas'];

export type FreezeStatus = RegistrySchemas['FreezeStatus'];
export type FreezeLookupIdentifierType = RegistrySchemas['FreezeLookupIdentifierType'];
export type Case = RegistrySchemas['Case'];
export type Asset = RegistrySchemas['Asset'];
export type AssetStatus = RegistrySchemas['AssetStatus'];
export type Subject = RegistrySchemas['Subject'];
export type Ownership = RegistrySchemas['Ownership'];
export type Valuation = RegistrySchemas['Valuation'];
export type Transition = RegistrySchemas['Transition'];
export type TransitionHistory = RegistrySchemas['TransitionHistory'];
export type NewTransition = RegistrySchemas['NewTransition'];
export type Hit = RegistrySchemas['Hit'];
export type Statistics = RegistrySchemas['Statistics'];
export type Money = RegistrySchemas['Money'];
export type PageMetadata = RegistrySchemas['PageMetadata'];

export type FreezingRequest = FreezingSchemas['FreezingRequest'];
export type RequestAction = FreezingSchemas['RequestAction'];
export type Deadline = FreezingSchemas['Deadline'];
export type DeadlineState = FreezingSchemas['DeadlineState'];
export type OverdueRequest = FreezingSchemas['OverdueRequest'];
export type FreezingStatistics = FreezingSchemas['FreezingStatistics'];
