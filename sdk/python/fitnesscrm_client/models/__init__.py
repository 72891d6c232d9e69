""" Contains all the data models used in inputs/outputs """

from .error import Error
from .error_detail import ErrorDetail
from .error_detail_fields import ErrorDetailFields
from .get_client_expand_item import GetClientExpandItem
from .list_clients_expand_item import ListClientsExpandItem
from .list_clients_status import ListClientsStatus
from .pagination_metadata import PaginationMetadata
from .v2_client import V2Client
from .v2_client_create import V2ClientCreate
from .v2_client_create_status import V2ClientCreateStatus
from .v2_client_list import V2ClientList
from .v2_client_trainer import V2ClientTrainer
from .v2_client_update import V2ClientUpdate
from .v2_client_update_status import V2ClientUpdateStatus

__all__ = (
    "Error",
    "ErrorDetail",
    "ErrorDetailFields",
    "GetClientExpandItem",
    "ListClientsExpandItem",
    "ListClientsStatus",
    "PaginationMetadata",
    "V2Client",
    "V2ClientCreate",
    "V2ClientCreateStatus",
    "V2ClientList",
    "V2ClientTrainer",
    "V2ClientUpdate",
    "V2ClientUpdateStatus",
)
