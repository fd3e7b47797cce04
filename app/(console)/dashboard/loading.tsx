import { PageSkeleton } from '@/components/shell/page-skeleton';

// Only on pages that cannot be "not found": a loading boundary above a resource page starts the response before the
// page can answer 404, so resource pages (and the lists above them) render without one.
export default PageSkeleton;
