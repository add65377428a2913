"""Django REST framework's validation messages, listed so `make messages` keeps their Dutch.

DRF ships a Dutch catalogue, but several of its messages are missing from it (a client saw "Must be
a valid UUID." among Dutch messages) and some read oddly. Our catalogue (`LOCALE_PATHS`) comes
before DRF's, so the translations of these message ids in `locale/nl` are the ones the API shows.
The ids must stay identical to DRF's; `portal/tests/test_api_errors.py` checks that each field
error of the API is Dutch.

The two "wrong format" messages of dates and datetimes leave out DRF's `{format}`: DRF fills it with
English format codes ("YYYY-MM-DD", "hh:mm"). Our fields all take ISO 8601 (no `input_formats` is
set anywhere), so the Dutch text names that form with Dutch codes and an example instead.
The `xgettext:no-python-brace-format` comments tell `make messages` (and msgfmt's check) that
their translation may leave the placeholder out.
"""

from django.utils.translation import gettext_noop

DRF_MESSAGES = (
    gettext_noop("This field is required."),
    gettext_noop("This field may not be null."),
    gettext_noop("This field may not be blank."),
    gettext_noop("Must be a valid UUID."),
    gettext_noop("Must be a valid boolean."),
    gettext_noop("Not a valid string."),
    gettext_noop("A valid integer is required."),
    gettext_noop("A valid number is required."),
    gettext_noop("String value too large."),
    gettext_noop("Integer value too large to convert to float"),
    gettext_noop("Ensure this field has no more than {max_length} characters."),
    gettext_noop("Ensure this field has at least {min_length} characters."),
    gettext_noop("Ensure this field has no more than {max_length} elements."),
    gettext_noop("Ensure this field has at least {min_length} elements."),
    gettext_noop("Ensure this value is less than or equal to {max_value}."),
    gettext_noop("Ensure this value is greater than or equal to {min_value}."),
    # xgettext:no-python-brace-format
    gettext_noop("Date has wrong format. Use one of these formats instead: {format}."),
    gettext_noop("Expected a date but got a datetime."),
    # xgettext:no-python-brace-format
    gettext_noop("Datetime has wrong format. Use one of these formats instead: {format}."),
    gettext_noop("Expected a datetime but got a date."),
    gettext_noop('Invalid datetime for the timezone "{timezone}".'),
    gettext_noop("Datetime value out of range."),
    gettext_noop('Expected a list of items but got type "{input_type}".'),
    gettext_noop("This list may not be empty."),
    gettext_noop('Expected a dictionary of items but got type "{input_type}".'),
    gettext_noop("This dictionary may not be empty."),
    gettext_noop('"{input}" is not a valid choice.'),
    gettext_noop("Invalid data. Expected a dictionary, but got {datatype}."),
    gettext_noop("Invalid input."),
    gettext_noop("Null characters are not allowed."),
)
