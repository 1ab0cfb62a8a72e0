import { InspectionResultPage } from './InspectionResultsPage.tsx';

/** The route's default export: one published inspection result. */
export default InspectionResultPage;
