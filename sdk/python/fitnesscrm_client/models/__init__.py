""" Contains all the data models used in inputs/outputs """

from .attendance import Attendance
from .attendance_status import AttendanceStatus
from .block import Block
from .block_exercise import BlockExercise
from .block_kind import BlockKind
from .day import Day
from .error import Error
from .error_detail import ErrorDetail
from .error_detail_fields import ErrorDetailFields
from .get_client_expand_item import GetClientExpandItem
from .get_invoice_expand_item import GetInvoiceExpandItem
from .get_workout_expand_item import GetWorkoutExpandItem
from .list_assignments_status import ListAssignmentsStatus
from .list_clients_expand_item import ListClientsExpandItem
from .list_clients_status import ListClientsStatus
from .list_invoices_expand_item import ListInvoicesExpandItem
from .list_invoices_kind import ListInvoicesKind
from .list_invoices_status import ListInvoicesStatus
from .list_payments_status import ListPaymentsStatus
from .list_program_templates_status import ListProgramTemplatesStatus
from .list_programs_status import ListProgramsStatus
from .list_series_status import ListSeriesStatus
from .list_sessions_status import ListSessionsStatus
from .list_trainers_status import ListTrainersStatus
from .list_workouts_expand_item import ListWorkoutsExpandItem
from .load import Load
from .load_type import LoadType
from .pagination_metadata import PaginationMetadata
from .phase import Phase
from .phase_kind import PhaseKind
from .prescription import Prescription
from .prescription_load_type_1_type_0 import PrescriptionLoadType1Type0
from .prescription_progression_type_1_type_0 import PrescriptionProgressionType1Type0
from .program_content import ProgramContent
from .progression import Progression
from .progression_kind import ProgressionKind
from .progression_unit_type_1 import ProgressionUnitType1
from .progression_unit_type_2_type_1 import ProgressionUnitType2Type1
from .progression_unit_type_3_type_1 import ProgressionUnitType3Type1
from .v2_assignment import V2Assignment
from .v2_assignment_create import V2AssignmentCreate
from .v2_assignment_list import V2AssignmentList
from .v2_cancel import V2Cancel
from .v2_client import V2Client
from .v2_client_create import V2ClientCreate
from .v2_client_create_status import V2ClientCreateStatus
from .v2_client_list import V2ClientList
from .v2_client_trainer import V2ClientTrainer
from .v2_client_update import V2ClientUpdate
from .v2_client_update_status import V2ClientUpdateStatus
from .v2_free_slot import V2FreeSlot
from .v2_free_slot_list import V2FreeSlotList
from .v2_invoice import V2Invoice
from .v2_invoice_line import V2InvoiceLine
from .v2_invoice_list import V2InvoiceList
from .v2_measurement import V2Measurement
from .v2_measurement_create import V2MeasurementCreate
from .v2_measurement_create_unit import V2MeasurementCreateUnit
from .v2_measurement_list import V2MeasurementList
from .v2_payment import V2Payment
from .v2_payment_list import V2PaymentList
from .v2_program import V2Program
from .v2_program_create import V2ProgramCreate
from .v2_program_list import V2ProgramList
from .v2_program_template import V2ProgramTemplate
from .v2_program_template_list import V2ProgramTemplateList
from .v2_series import V2Series
from .v2_series_cancel import V2SeriesCancel
from .v2_series_create import V2SeriesCreate
from .v2_series_create_kind import V2SeriesCreateKind
from .v2_series_list import V2SeriesList
from .v2_session import V2Session
from .v2_session_create import V2SessionCreate
from .v2_session_create_kind import V2SessionCreateKind
from .v2_session_list import V2SessionList
from .v2_session_update import V2SessionUpdate
from .v2_session_update_kind import V2SessionUpdateKind
from .v2_set import V2Set
from .v2_trainer import V2Trainer
from .v2_trainer_list import V2TrainerList
from .v2_workout import V2Workout
from .v2_workout_list import V2WorkoutList
from .week import Week

__all__ = (
    "Attendance",
    "AttendanceStatus",
    "Block",
    "BlockExercise",
    "BlockKind",
    "Day",
    "Error",
    "ErrorDetail",
    "ErrorDetailFields",
    "GetClientExpandItem",
    "GetInvoiceExpandItem",
    "GetWorkoutExpandItem",
    "ListAssignmentsStatus",
    "ListClientsExpandItem",
    "ListClientsStatus",
    "ListInvoicesExpandItem",
    "ListInvoicesKind",
    "ListInvoicesStatus",
    "ListPaymentsStatus",
    "ListProgramsStatus",
    "ListProgramTemplatesStatus",
    "ListSeriesStatus",
    "ListSessionsStatus",
    "ListTrainersStatus",
    "ListWorkoutsExpandItem",
    "Load",
    "LoadType",
    "PaginationMetadata",
    "Phase",
    "PhaseKind",
    "Prescription",
    "PrescriptionLoadType1Type0",
    "PrescriptionProgressionType1Type0",
    "ProgramContent",
    "Progression",
    "ProgressionKind",
    "ProgressionUnitType1",
    "ProgressionUnitType2Type1",
    "ProgressionUnitType3Type1",
    "V2Assignment",
    "V2AssignmentCreate",
    "V2AssignmentList",
    "V2Cancel",
    "V2Client",
    "V2ClientCreate",
    "V2ClientCreateStatus",
    "V2ClientList",
    "V2ClientTrainer",
    "V2ClientUpdate",
    "V2ClientUpdateStatus",
    "V2FreeSlot",
    "V2FreeSlotList",
    "V2Invoice",
    "V2InvoiceLine",
    "V2InvoiceList",
    "V2Measurement",
    "V2MeasurementCreate",
    "V2MeasurementCreateUnit",
    "V2MeasurementList",
    "V2Payment",
    "V2PaymentList",
    "V2Program",
    "V2ProgramCreate",
    "V2ProgramList",
    "V2ProgramTemplate",
    "V2ProgramTemplateList",
    "V2Series",
    "V2SeriesCancel",
    "V2SeriesCreate",
    "V2SeriesCreateKind",
    "V2SeriesList",
    "V2Session",
    "V2SessionCreate",
    "V2SessionCreateKind",
    "V2SessionList",
    "V2SessionUpdate",
    "V2SessionUpdateKind",
    "V2Set",
    "V2Trainer",
    "V2TrainerList",
    "V2Workout",
    "V2WorkoutList",
    "Week",
)
