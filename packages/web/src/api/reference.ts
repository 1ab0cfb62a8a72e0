import { useQuery } from '@tanstack/react-query';
import { endpoints, type District } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { call } from './client.ts';

/** Shanghai's districts: reference data that changes with GB/T 2260, so one read per visit is enough. */
export function useDistricts() {
  return useQuery({ queryKey: ['districts'], queryFn: () => call(endpoints.districts), staleTime: Infinity });
}

export function districtLabel(district: District, locale: Locale): string {
  return locale === 'en-US' ? district.nameEn : district.nameZh;
}

/** The occupations catalogue as published (active entries only). */
export function useOccupations() {
  return useQuery({ queryKey: ['occupations'], queryFn: () => call(endpoints.occupations), staleTime: 5 * 60_000 });
}
