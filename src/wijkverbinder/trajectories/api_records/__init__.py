"""The nested resources of `/api/v1/trajecten/{id}`: belanghebbenden, contacten, bijeenkomsten,
afspraken, check-ins and gebeurtenissen. Thin: parse, one service call, shape.

Every collection is a paginated list (`page`, `pageSize`, `count/next/previous/results`, like the
top-level lists); a POST answers 201 with the record and its `Location`; every record has a public
id (uuid) and its own URL. Stakeholders, contacts and meetings can be corrected (PATCH) and removed
(DELETE, 204); agreements change status and check-ins record their outcome by PATCH. Mixed into
`api.TrajectoryViewSet`, which provides `get_object` (team-scoped: another team's trajectory or
record is a 404).
"""

from __future__ import annotations

from wijkverbinder.trajectories.api_records.common import LOCATION
from wijkverbinder.trajectories.api_records.follow_up import CheckInsMixin, EventsMixin
from wijkverbinder.trajectories.api_records.meetings import AgreementsMixin, MeetingsMixin
from wijkverbinder.trajectories.api_records.network import ContactsMixin, StakeholdersMixin

__all__ = ["LOCATION", "RecordsMixin"]


class RecordsMixin(
    StakeholdersMixin, ContactsMixin, MeetingsMixin, AgreementsMixin, CheckInsMixin, EventsMixin
):
    """Stakeholders, contacts, meetings, agreements, check-ins and events of one trajectory."""
